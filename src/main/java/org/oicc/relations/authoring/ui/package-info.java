/**
 * The authoring UI at {@code /.author/} ({@link org.oicc.relations.authoring.ui.AuthorUiServlet}):
 * login, a list per content type, the edit form generated from the content-type definition,
 * publication buttons (unpublish, delete and restore ask first: {@link org.oicc.relations.authoring.ui.ConfirmStep}),
 * versions compared with the draft, and the pages screens ({@link org.oicc.relations.authoring.ui.PageScreens}:
 * page and component dialogs). Server-rendered FreeMarker ({@code .ftlh}, every value
 * escaped); a cookie session with a CSRF token; the one script only adds conveniences.
 *
 * <p>Uses: {@code authoring.http} (authentication), {@code authoring.publication},
 * {@code authoring.users}, {@code authoring.pages} (page dialogs' values), {@code content} (every save goes through the content service),
 * {@code index} (lists and reference pickers: one page of items, never a whole workspace), {@code http} (the JSON error envelope),
 * {@code definition}, {@code repository}. Only {@code server} uses it.
 */
package org.oicc.relations.authoring.ui;
