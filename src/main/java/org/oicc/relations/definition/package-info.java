/**
 * The light module, read and checked: content types, content apps, delivery endpoints, page and
 * component templates, dialogs and message bundles, as typed, immutable definitions.
 *
 * <p>Entry point: {@link org.oicc.relations.definition.LightModuleLoader#load} gives a
 * {@link org.oicc.relations.definition.LightModule}, or a
 * {@link org.oicc.relations.definition.DefinitionException} listing every problem of every file
 * with its file and line. A key this runtime cannot honour is such a problem, never a silent
 * ignore: a definition that loads is one the runtime serves exactly as written.
 *
 * <p>Uses: YAML parsing (Jackson's streaming parser) and the files of a
 * {@link org.oicc.relations.definition.ModuleSource}; nothing else of the module. It knows no JCR
 * and no HTTP. Every other package may use it; it must use none of them, so the YAML stays the one
 * place where the content model is named.
 */
package org.oicc.relations.definition;
