/**
 * Pages as editors change them: the page properties and each component's parameters of the
 * {@code website} workspace, through the fields of the dialogs the page and component templates name
 * ({@code dialogs/pages/*.yaml}, {@code dialogs/components/*.yaml}), as Magnolia's page editor
 * opens a template's dialog. Values are stored as Magnolia's dialogs store them: on the
 * {@code mgnl:page} or {@code mgnl:component} node, translations as {@code <property>_<locale>}.
 * The components of a page's areas are added (only the templates the area's
 * {@code availableComponents} list, up to its {@code maxComponents}, with the dialog's defaults),
 * removed and moved by {@link org.oicc.relations.authoring.pages.PageStructure}, stored as Magnolia
 * stores them ({@code mgnl:area}, {@code mgnl:component} with {@code mgnl:template}, JCR order =
 * page order). Pages are published and restored like items, by {@code authoring.publication}.
 *
 * <p>Uses: {@code definition} (templates, dialogs), {@code content} (locales, the repository lock,
 * the rich-text safelist), {@code repository}. It knows no HTTP: the authoring UI shows it.
 */
package org.oicc.relations.authoring.pages;
