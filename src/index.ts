/**
 * article-annotations: who said what in a news article.
 *
 * The element classes (importing this registers no tag: use `article-annotations/define/*.js`, or
 * `customElements.define()` with names of your own), the article data model and its validation,
 * the quotation extractor, and the brat standoff format. Node code that needs no DOM imports
 * `article-annotations/model` or `article-annotations/extract` instead.
 */
export * from './elements/index.js';
export * from './model/index.js';
export { extract, type ExtractOptions } from './extract/index.js';
export { toBrat, parseBrat } from './formats/brat.js';
export { toWebAnnotation, fromWebAnnotation, type WebAnnotationPage, type WebAnnotation, type FromWebAnnotationOptions } from './formats/web-annotation.js';
export { toJsonLd, jsonLdScriptText, type JsonLdNewsArticle, type JsonLdQuotation, type JsonLdSpeaker } from './formats/json-ld.js';
