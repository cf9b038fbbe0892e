<?php
/**
 * Writing the plugin's tags as HTML.
 *
 * Every tag is written on one line, with nothing between the elements that `wpautop` could turn
 * into a `<p>` or a `<br>`, and every value is escaped for the place it goes.
 *
 * @package ArticleAnnotations
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attributes that hold URLs: only http(s) and relative URLs are written, anything else is dropped.
 */
const ARTICLE_ANNOTATIONS_URL_ATTRIBUTES = array( 'src', 'href', 'image' );

/**
 * One element as HTML.
 *
 * @param string $tag        The element's name.
 * @param array  $attributes Name => value. Empty strings and null are left out; `true` writes a bare attribute.
 * @param string $inner_html Already safe HTML for inside the element.
 * @return string
 */
function article_annotations_tag( $tag, array $attributes, $inner_html = '' ) {
	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
			continue;
		}
		$value = (string) $value;
		if ( in_array( $name, ARTICLE_ANNOTATIONS_URL_ATTRIBUTES, true ) ) {
			$value = article_annotations_url( $value );
		}
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . '>' . $inner_html . '</' . $tag . '>';
}

/**
 * An http(s) or relative URL, or '' for anything else (javascript:, data:, …).
 *
 * @param string $url The URL as written by the author.
 * @return string
 */
function article_annotations_url( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url ) {
		return '';
	}
	// esc_url_raw() would turn `story.json` into `http://story.json`: check it as a path instead.
	$relative = false === strpos( $url, ':' ) && ! in_array( $url[0], array( '/', '#', '?' ), true );
	$clean    = esc_url_raw( $relative ? '/' . $url : $url, array( 'http', 'https' ) );
	return $relative ? substr( $clean, 1 ) : $clean;
}

/**
 * Shortcode content without what `wpautop` adds at its edges: white space, `<br>`, and the `</p>`
 * and `<p>` that close and open its paragraphs around the shortcode's own tags (the paragraphs
 * inside stay whole).
 *
 * @param string $html The enclosed content.
 * @return string
 */
function article_annotations_trim_edges( $html ) {
	return preg_replace( array( '#^(?:\s|<br\s*/?>|</p>)+#i', '#(?:\s|<br\s*/?>|<p(?:\s[^>]*)?>)+$#i' ), '', (string) $html );
}
