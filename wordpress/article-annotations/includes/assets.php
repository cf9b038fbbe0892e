<?php
/**
 * The elements' script: one ES module (`cdn/article-annotations.js`, with its chunks beside it),
 * printed only on pages that show one of the tags.
 *
 * @package ArticleAnnotations
 */

defined( 'ABSPATH' ) || exit;

const ARTICLE_ANNOTATIONS_TAGS = array( 'article-view', 'quote-card', 'speaker-badge' );

add_action( 'init', 'article_annotations_register_script' );
add_filter( 'script_loader_tag', 'article_annotations_module_tag', 10, 2 );
add_filter( 'the_content', 'article_annotations_enqueue_for_tags', 100 );
add_action( 'enqueue_block_editor_assets', 'article_annotations_enqueue' );
add_filter( 'no_texturize_tags', 'article_annotations_no_texturize' );

/**
 * Registers the module. No version in its URL: the chunks import the entry file by its plain
 * URL, and a second URL for the same file would load the elements twice.
 *
 * And one CSS rule: a `<speaker-badge>` (inline-level) standing alone in a block theme's content
 * (a Custom HTML block, a shortcode on its own line) is a direct child of the layout container,
 * whose `margin: auto` keeps only block-level children in the content column; as a block, the
 * badge lines up with the text.
 */
function article_annotations_register_script() {
	wp_register_script( 'article-annotations', plugins_url( 'cdn/article-annotations.js', ARTICLE_ANNOTATIONS_FILE ), array(), null, true );
	wp_register_style( 'article-annotations', false, array(), ARTICLE_ANNOTATIONS_VERSION );
	wp_add_inline_style( 'article-annotations', ':where(.is-layout-constrained,.is-layout-flow)>speaker-badge{display:block}' );
}

/** Prints the script and the rule in this page (in the footer when the page is already under way). */
function article_annotations_enqueue() {
	wp_enqueue_script( 'article-annotations' );
	wp_enqueue_style( 'article-annotations' );
}

/**
 * `<script type="module">` for our handle: the file is an ES module.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle Its handle.
 * @return string
 */
function article_annotations_module_tag( $tag, $handle ) {
	if ( 'article-annotations' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}

/**
 * Enqueues the script when the content holds one of the tags, written by hand or by a shortcode
 * or a block.
 *
 * @param string $content The post content, rendered.
 * @return string The content, unchanged.
 */
function article_annotations_enqueue_for_tags( $content ) {
	if ( preg_match( '/<(?:' . implode( '|', ARTICLE_ANNOTATIONS_TAGS ) . ')[\s>]/i', (string) $content ) ) {
		article_annotations_enqueue();
	}
	return $content;
}

/**
 * The words inside the tags are shown exactly as written: no curly quotes or dashes from
 * wptexturize (it runs after blocks and on hand-written tags).
 *
 * @param string[] $tags Tags whose content wptexturize leaves alone.
 * @return string[]
 */
function article_annotations_no_texturize( $tags ) {
	return array_merge( $tags, ARTICLE_ANNOTATIONS_TAGS );
}
