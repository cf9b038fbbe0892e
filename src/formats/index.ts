/** Other formats in and out: brat standoff, W3C Web Annotation, schema.org JSON-LD. No DOM. */
export { toBrat, parseBrat, fromBrat, BRAT_CONF, type BratAttribution, type BratSpan } from './brat.js';
export * from './web-annotation.js';
export * from './json-ld.js';
