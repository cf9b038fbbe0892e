<?php
/**
 * Shortcodes: `[article_view src="…"]`, `[quote_card speaker="…" role="…" source="…" href="…"
 * date="…"]words[/quote_card]` and `[speaker_badge name="…" role="…" image="…" count="…"]`.
 *
 * @package ArticleAnnotations
 */

defined( 'ABSPATH' ) || exit;

add_shortcode( 'article_view', 'article_annotations_article_view_shortcode' );
add_shortcode( 'quote_card', 'article_annotations_quote_card_shortcode' );
add_shortcode( 'speaker_badge', 'article_annotations_speaker_badge_shortcode' );
add_filter( 'no_texturize_shortcodes', 'article_annotations_no_texturize_shortcodes' );

/**
 * `[article_view src="…" speaker="…" heading_level="…"]`.
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function article_annotations_article_view_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'src'           => '',
			'speaker'       => '',
			'heading_level' => '',
		),
		$atts,
		'article_view'
	);
	return article_annotations_render_article_view( $atts );
}

/**
 * `[quote_card …]words[/quote_card]`. The words are post content, already filtered when saved;
 * they pass through kses again here, without the `<p>` and `<br>` wpautop put at their edges.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content The quoted words.
 * @return string
 */
function article_annotations_quote_card_shortcode( $atts, $content = null ) {
	$atts = shortcode_atts(
		array(
			'speaker' => '',
			'role'    => '',
			'image'   => '',
			'source'  => '',
			'href'    => '',
			'date'    => '',
		),
		$atts,
		'quote_card'
	);
	return article_annotations_render_quote_card( $atts, wp_kses_post( article_annotations_trim_edges( $content ) ) );
}

/**
 * `[speaker_badge name="…" role="…" image="…" count="…"]`.
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function article_annotations_speaker_badge_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'name'  => '',
			'role'  => '',
			'image' => '',
			'count' => '',
		),
		$atts,
		'speaker_badge'
	);
	return article_annotations_render_speaker_badge( $atts );
}

/**
 * The quoted words stay as written (no curly quotes from wptexturize).
 *
 * @param string[] $shortcodes Shortcodes whose content wptexturize leaves alone.
 * @return string[]
 */
function article_annotations_no_texturize_shortcodes( $shortcodes ) {
	$shortcodes[] = 'quote_card';
	return $shortcodes;
}
