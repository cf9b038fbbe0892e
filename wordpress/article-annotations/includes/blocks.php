<?php
/**
 * Dynamic blocks, rendered on the server by the same code as the shortcodes:
 * `article-annotations/article-view`, `article-annotations/quote-card` and
 * `article-annotations/speaker-badge`. Their editor UI is `editor/blocks.js` (no build step).
 *
 * The article-view block keeps the article's JSON in a block attribute, never as a `<script>` in the
 * content: kses would strip the script for authors. The editor writes `<`, `>`, `&` and `\` in
 * that JSON as \u escapes, so kses finds nothing to change in it.
 *
 * @package ArticleAnnotations
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'article_annotations_register_blocks' );

/** Registers the editor script and the three blocks from their block.json. */
function article_annotations_register_blocks() {
	wp_register_script(
		'article-annotations-editor',
		plugins_url( 'editor/blocks.js', ARTICLE_ANNOTATIONS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		ARTICLE_ANNOTATIONS_VERSION,
		true
	);
	$renderers = array(
		'article-view'  => 'article_annotations_article_view_block',
		'quote-card'    => 'article_annotations_quote_card_block',
		'speaker-badge' => 'article_annotations_speaker_badge_block',
	);
	foreach ( $renderers as $folder => $render ) {
		register_block_type( ARTICLE_ANNOTATIONS_DIR . '/blocks/' . $folder, array( 'render_callback' => $render ) );
	}
}

/**
 * The article-view block: inline article JSON, or a URL.
 *
 * @param array $attributes `article` (JSON text), `src`, `speaker`.
 * @return string
 */
function article_annotations_article_view_block( $attributes ) {
	return article_annotations_render_article_view(
		array(
			'article' => article_annotations_decode_article( $attributes['article'] ?? '' ),
			'src'     => $attributes['src'] ?? '',
			'speaker' => $attributes['speaker'] ?? '',
		)
	);
}

/**
 * The quote-card block: the words are plain text.
 *
 * @param array $attributes `speaker`, `speakerRole`, `source`, `href`, `date`, `text`.
 * @return string
 */
function article_annotations_quote_card_block( $attributes ) {
	return article_annotations_render_quote_card(
		array(
			'speaker' => $attributes['speaker'] ?? '',
			'role'    => $attributes['speakerRole'] ?? '',
			'source'  => $attributes['source'] ?? '',
			'href'    => $attributes['href'] ?? '',
			'date'    => $attributes['date'] ?? '',
		),
		esc_html( trim( (string) ( $attributes['text'] ?? '' ) ) )
	);
}

/**
 * The speaker-badge block.
 *
 * @param array $attributes `name`, `speakerRole`, `image`, `count`.
 * @return string
 */
function article_annotations_speaker_badge_block( $attributes ) {
	return article_annotations_render_speaker_badge(
		array(
			'name'  => $attributes['name'] ?? '',
			'role'  => $attributes['speakerRole'] ?? '',
			'image' => $attributes['image'] ?? '',
			'count' => $attributes['count'] ?? '',
		)
	);
}
