<?php
/**
 * schema.org data for each article shown on the page: a `NewsArticle` whose quotations are
 * `Quotation` items, each with its speaker as a `Person` or an `Organization`. The same shape as
 * the package's `toJsonLd()`. Printed once per article at the end of the page.
 *
 * @package ArticleAnnotations
 */

defined( 'ABSPATH' ) || exit;

add_action( 'wp_footer', 'article_annotations_print_json_ld', 20 );

/**
 * The articles shown on this page, by id; `$add` adds one.
 *
 * @param array|null $add An article to add.
 * @return array
 */
function article_annotations_page_articles( $add = null ) {
	static $articles = array();
	if ( $add ) {
		$articles[ (string) ( $add['id'] ?? count( $articles ) ) ] = $add;
	}
	return $articles;
}

/**
 * Remembers an article for the page's schema.org data.
 *
 * @param array $article The article data.
 */
function article_annotations_add_json_ld( array $article ) {
	article_annotations_page_articles( $article );
}

/** Prints a `<script type="application/ld+json">` for each article shown. */
function article_annotations_print_json_ld() {
	foreach ( article_annotations_page_articles() as $article ) {
		echo '<script type="application/ld+json">' . article_annotations_script_json( article_annotations_json_ld( $article ) ) . "</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput -- JSON with <, >, & and quotes as \u escapes.
	}
}

/**
 * The schema.org `NewsArticle` for an article.
 *
 * @param array $article The article data.
 * @return array
 */
function article_annotations_json_ld( array $article ) {
	$url  = article_annotations_url( article_annotations_string( $article, 'url' ) );
	$data = array_filter(
		array(
			'@context'      => 'https://schema.org',
			'@type'         => 'NewsArticle',
			'@id'           => '' !== $url ? $url : '#article',
			'headline'      => article_annotations_string( $article, 'headline' ),
			'inLanguage'    => article_annotations_string( $article, 'language' ),
			'datePublished' => article_annotations_string( $article, 'published' ),
			'url'           => $url,
			'author'        => article_annotations_named( 'Person', article_annotations_string( $article, 'byline' ) ),
			'publisher'     => article_annotations_named( 'Organization', article_annotations_string( $article, 'source' ) ),
		)
	);

	$speakers = array();
	foreach ( is_array( $article['speakers'] ?? null ) ? $article['speakers'] : array() as $speaker ) {
		if ( is_array( $speaker ) && isset( $speaker['id'] ) ) {
			$speakers[ (string) $speaker['id'] ] = $speaker;
		}
	}
	$parts = array();
	foreach ( is_array( $article['quotes'] ?? null ) ? $article['quotes'] : array() as $quote ) {
		// Reported speech is not the speaker's own words.
		if ( ! is_array( $quote ) || 'indirect' === ( $quote['kind'] ?? '' ) || '' === article_annotations_string( $quote, 'text' ) ) {
			continue;
		}
		$part    = array(
			'@type'    => 'Quotation',
			'text'     => article_annotations_string( $quote, 'text' ),
			'isPartOf' => array( '@id' => $data['@id'] ),
		);
		$speaker = $speakers[ (string) ( $quote['speaker'] ?? '' ) ] ?? null;
		if ( $speaker ) {
			$part['creator']           = article_annotations_speaker_json_ld( $speaker );
			$part['spokenByCharacter'] = $part['creator'];
		}
		$parts[] = $part;
	}
	if ( $parts ) {
		$data['hasPart'] = $parts;
	}
	return $data;
}

/**
 * A speaker as a schema.org `Person` (with `jobTitle`) or `Organization`.
 *
 * @param array $speaker The speaker data.
 * @return array
 */
function article_annotations_speaker_json_ld( array $speaker ) {
	$person = 'organization' !== ( $speaker['kind'] ?? '' );
	return array_filter(
		array(
			'@type'       => $person ? 'Person' : 'Organization',
			'name'        => article_annotations_string( $speaker, 'name' ),
			'jobTitle'    => $person ? article_annotations_string( $speaker, 'role' ) : '',
			'description' => article_annotations_string( $speaker, 'description' ),
		)
	);
}

/**
 * `{ "@type": $type, "name": $name }`, or null without a name.
 *
 * @param string $type The schema.org type.
 * @param string $name The name.
 * @return array|null
 */
function article_annotations_named( $type, $name ) {
	return '' === $name ? null : array(
		'@type' => $type,
		'name'  => $name,
	);
}

/**
 * A string field of the data, or ''.
 *
 * @param array  $data  The data.
 * @param string $field The field's name.
 * @return string
 */
function article_annotations_string( array $data, $field ) {
	return is_string( $data[ $field ] ?? null ) ? trim( $data[ $field ] ) : '';
}
