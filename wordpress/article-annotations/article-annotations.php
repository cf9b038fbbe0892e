<?php
/**
 * Plugin Name:       Article Annotations
 * Plugin URI:        https://www.npmjs.com/package/article-annotations
 * Description:       Shows readers who said what in a news article: the article with its quotations marked by speaker, quote cards and speaker badges, as shortcodes, blocks or plain tags.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       article-annotations
 *
 * @package ArticleAnnotations
 */

defined( 'ABSPATH' ) || exit;

define( 'ARTICLE_ANNOTATIONS_VERSION', '0.1.0' );
define( 'ARTICLE_ANNOTATIONS_FILE', __FILE__ );
define( 'ARTICLE_ANNOTATIONS_DIR', __DIR__ );

require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/article-data.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/allowed-html.php';
require_once __DIR__ . '/includes/autop.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/json-ld.php';
