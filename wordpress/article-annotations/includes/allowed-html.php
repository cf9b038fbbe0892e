<?php
/**
 * The three tags and their documented attributes in post content, for every role that can write
 * posts. Authors and contributors lack `unfiltered_html`, so WordPress filters what they save
 * through kses with the 'post' list; without these entries it would strip every embed, even one
 * made by an editor, when an author saves the post again. Scripts, event handlers and URLs other
 * than http(s) and relative ones are still removed.
 *
 * @package ArticleAnnotations
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'article_annotations_allowed_html', 10, 2 );
add_filter( 'wp_kses_uri_attributes', 'article_annotations_uri_attributes' );

/**
 * The attributes each tag may carry in post content.
 *
 * @return array<string, string[]>
 */
function article_annotations_tag_attributes() {
	$global = array( 'class', 'id', 'lang', 'dir', 'title' );
	return array(
		'article-view'  => array_merge( $global, array( 'src', 'speaker', 'extract', 'timeout', 'heading-level' ) ),
		'quote-card'    => array_merge( $global, array( 'speaker', 'speaker-role', 'role', 'image', 'source', 'href', 'date', 'src', 'quote-id', 'timeout' ) ),
		'speaker-badge' => array_merge( $global, array( 'name', 'speaker-role', 'role', 'image', 'count', 'compact', 'selectable', 'selected', 'color' ) ),
	);
}

/**
 * Adds the tags to the 'post' context.
 *
 * @param array  $allowed Allowed tags => attributes.
 * @param string $context The kses context.
 * @return array
 */
function article_annotations_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( article_annotations_tag_attributes() as $tag => $attributes ) {
		$allowed[ $tag ] = array_fill_keys( $attributes, true );
	}
	return $allowed;
}

/**
 * `image` holds a URL too: kses checks its protocol like `src` and `href`.
 *
 * @param string[] $attributes Attributes whose values are URLs.
 * @return string[]
 */
function article_annotations_uri_attributes( $attributes ) {
	$attributes[] = 'image';
	return $attributes;
}
