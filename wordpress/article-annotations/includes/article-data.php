<?php
/**
 * Article data (the JSON that `<article-view>` shows): reading it from a block or a URL, and the
 * plain HTML shown before the element is ready (and to readers and robots without JavaScript).
 *
 * The element validates the data fully; here only enough is checked to print a fallback and the
 * schema.org data without errors.
 *
 * @package ArticleAnnotations
 */

defined( 'ABSPATH' ) || exit;

/**
 * The article from a JSON text, or null when it is not an article of version 1.
 *
 * @param string $json JSON text.
 * @return array|null
 */
function article_annotations_decode_article( $json ) {
	$article = json_decode( (string) $json, true );
	if ( ! is_array( $article ) || 1 !== ( $article['version'] ?? null ) || ! is_string( $article['body'] ?? null ) ) {
		return null;
	}
	return $article;
}

/**
 * The article at a URL, read on the server for the fallback and the schema.org data. Answers are
 * kept for ten minutes (failures for one), so a page view costs at most one request.
 *
 * @param string $src An http(s) URL, or a path on this site.
 * @return array|null
 */
function article_annotations_fetch_article( $src ) {
	$url = article_annotations_url( $src );
	if ( '' === $url ) {
		return null;
	}
	if ( '/' === $url[0] && '/' !== ( $url[1] ?? '' ) ) {
		$url = home_url( $url );
	}
	$key    = 'article_annotations_' . md5( $url );
	$cached = get_transient( $key );
	if ( false !== $cached ) {
		return $cached ? $cached : null;
	}
	$response = wp_safe_remote_get( $url, array( 'timeout' => 3, 'redirection' => 2 ) );
	$article  = null;
	if ( ! is_wp_error( $response ) && 200 === wp_remote_retrieve_response_code( $response ) ) {
		$article = article_annotations_decode_article( wp_remote_retrieve_body( $response ) );
	}
	set_transient( $key, $article ? $article : '', $article ? 10 * MINUTE_IN_SECONDS : MINUTE_IN_SECONDS );
	return $article;
}

/**
 * The article as plain HTML: its headline and its paragraphs, as text.
 *
 * @param array $article The article data.
 * @return string
 */
function article_annotations_fallback_html( array $article ) {
	$html     = '';
	$headline = is_string( $article['headline'] ?? null ) ? trim( $article['headline'] ) : '';
	if ( '' !== $headline ) {
		$html .= '<p><strong>' . esc_html( $headline ) . '</strong></p>';
	}
	foreach ( preg_split( '/\r\n|[\n\r\x{2029}]/u', $article['body'] ) as $paragraph ) {
		if ( '' !== trim( $paragraph ) ) {
			$html .= '<p>' . esc_html( $paragraph ) . '</p>';
		}
	}
	return $html;
}

/**
 * JSON for inside a `<script>`: `<`, `>`, `&` and quotes are written as \u escapes, so the text
 * can never close the script or start a comment.
 *
 * @param mixed $data What to encode.
 * @return string
 */
function article_annotations_script_json( $data ) {
	return (string) wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
}
