/**
 * Pages as editors change them: the page properties and each component's parameters of the
 * {@code website} workspace, through the fields of the dialogs the page and component templates name
 * ({@code dialogs/pages/*.yaml}, {@code dialogs/components/*.yaml}), as Magnolia's page editor
 * opens a template's dialog. Values are stored as Magnolia's dialogs store them: on the
 * {@code mgnl:page} or {@code mgnl:component} node, translations as {@code <property>_<locale>}.
 * Pages are published like items, by {@code authoring.publication}.
 *
 * <p>Uses: {@code definition} (templates, dialogs), {@code content} (locales, the repository lock,
 * the rich-text safelist), {@code repository}. It knows no HTTP: the authoring UI shows it.
 */
package org.oicc.relations.authoring.pages;
