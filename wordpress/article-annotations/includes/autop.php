<?php
/**
 * Tags typed by hand stay as typed. `wpautop` knows `<article-view>` and `<quote-card>` as
 * neither block nor inline elements: it wraps them in `<p>` (whereupon the browser ends the tag at
 * the first `<p>` inside, pushing a fallback paragraph out of `<article-view>`, where it stays
 * visible under the loaded article) and turns each line break inside into `<br>`. So the tags are
 * set aside before wpautop and wptexturize run, and put back after.
 *
 * @package ArticleAnnotations
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'the_content', 'article_annotations_set_tags_aside', 8 );
add_filter( 'the_content', 'article_annotations_put_tags_back', 11 );

/**
 * The tags set aside, by number; `$html` adds one and gives its number.
 *
 * @param string|null $html A tag with its content.
 * @return array|int
 */
function article_annotations_tags_aside( $html = null ) {
	static $aside = array();
	if ( null === $html ) {
		return $aside;
	}
	$aside[] = $html;
	return count( $aside ) - 1;
}

/**
 * Replaces each `<article-view>…</article-view>` and `<quote-card>…</quote-card>` with a
 * placeholder that wpautop leaves alone (an empty `<div>` on its own line).
 *
 * @param string $content The post content.
 * @return string
 */
function article_annotations_set_tags_aside( $content ) {
	return preg_replace_callback(
		'#<(article-view|quote-card)\b[^>]*>.*?</\1\s*>#is',
		function ( $match ) {
			return "\n\n<div data-article-annotations-aside=\"" . article_annotations_tags_aside( $match[0] ) . "\"></div>\n\n";
		},
		(string) $content
	);
}

/**
 * Puts the tags back in place of their placeholders.
 *
 * @param string $content The post content, formatted.
 * @return string
 */
function article_annotations_put_tags_back( $content ) {
	$aside = article_annotations_tags_aside();
	return preg_replace_callback(
		'#<div data-article-annotations-aside="(\d+)"></div>#',
		function ( $match ) use ( $aside ) {
			return $aside[ (int) $match[1] ] ?? '';
		},
		(string) $content
	);
}
