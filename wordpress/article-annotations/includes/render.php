<?php
/**
 * The three elements as HTML, from the values of a shortcode or a block. Shortcodes and blocks
 * share these, so both write the same markup.
 *
 * @package ArticleAnnotations
 */

defined( 'ABSPATH' ) || exit;

/**
 * `<article-view>` from inline article data or a URL. With data (given, or read from the URL on
 * the server) the article is also written as plain HTML inside the tag, for the moment before the
 * script runs and for readers and robots without JavaScript, and as schema.org data in the page.
 *
 * @param array $args `article` (array|null), `src`, `speaker`, `heading_level`.
 * @return string
 */
function article_annotations_render_article_view( array $args ) {
	$article = $args['article'] ?? null;
	$src     = article_annotations_url( $args['src'] ?? '' );
	if ( ! $article && '' !== $src ) {
		$article = article_annotations_fetch_article( $src );
		$inline  = '';
	} elseif ( $article ) {
		$src    = '';
		$inline = '<script type="application/json">' . article_annotations_script_json( $article ) . '</script>';
	} else {
		return '';
	}
	article_annotations_enqueue();
	$level = absint( $args['heading_level'] ?? 0 );
	$inner = $inline;
	if ( $article ) {
		article_annotations_add_json_ld( $article );
		$inner .= article_annotations_fallback_html( $article );
	}
	return article_annotations_tag(
		'article-view',
		array(
			'src'           => $src,
			'speaker'       => $args['speaker'] ?? '',
			'heading-level' => $level >= 1 && $level <= 6 ? $level : '',
		),
		$inner
	);
}

/**
 * `<quote-card>` with the quoted words inside.
 *
 * @param array  $args       `speaker`, `role`, `image`, `source`, `href`, `date`.
 * @param string $words_html The words, as safe HTML.
 * @return string
 */
function article_annotations_render_quote_card( array $args, $words_html ) {
	if ( '' === trim( wp_strip_all_tags( $words_html ) ) ) {
		return '';
	}
	article_annotations_enqueue();
	return article_annotations_tag(
		'quote-card',
		array(
			'speaker'      => $args['speaker'] ?? '',
			'speaker-role' => $args['role'] ?? '',
			'image'        => $args['image'] ?? '',
			'source'       => $args['source'] ?? '',
			'href'         => $args['href'] ?? '',
			'date'         => $args['date'] ?? '',
		),
		$words_html
	);
}

/**
 * `<speaker-badge>`.
 *
 * @param array $args `name`, `role`, `image`, `count`.
 * @return string
 */
function article_annotations_render_speaker_badge( array $args ) {
	$name = trim( (string) ( $args['name'] ?? '' ) );
	if ( '' === $name ) {
		return '';
	}
	article_annotations_enqueue();
	$count = trim( (string) ( $args['count'] ?? '' ) );
	return article_annotations_tag(
		'speaker-badge',
		array(
			'name'         => $name,
			'speaker-role' => $args['role'] ?? '',
			'image'        => $args['image'] ?? '',
			'count'        => ctype_digit( $count ) ? $count : '',
		),
		// The name as text inside too: readers without JavaScript still see who it is.
		esc_html( $name )
	);
}
