<?php
/**
 * Installs the test site (run by site.sh with php-cli): WordPress with the plugin installed from its
 * zip by WordPress's own plugin installer (what Upload Plugin runs) and activated, and one user per
 * role that writes posts, each with an application password for the REST API.
 * Prints { url, contentDir, debugLog, users: { role: { id, login, password, loginPassword } } } as
 * JSON (`password` is the application password).
 */

ini_set( 'display_errors', 'stderr' );
$_SERVER['HTTP_HOST'] = '127.0.0.1:' . getenv( 'WP_PORT' );
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
// No "your new site" mail: there is no mail server.
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$admin_password = wp_generate_password( 24, false );
$site           = wp_install( 'Article Annotations test', 'admin', 'admin@example.com', false, '', $admin_password );
if ( is_wp_error( $site ) ) {
	fwrite( STDERR, $site->get_error_message() . "\n" );
	exit( 1 );
}
$installer = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$installed = $installer->install( getenv( 'WP_PLUGIN_ZIP' ) );
if ( true !== $installed ) {
	$messages = is_wp_error( $installed ) ? $installed->get_error_messages() : $installer->skin->get_upgrade_messages();
	fwrite( STDERR, "The plugin's zip did not install:\n" . implode( "\n", $messages ) . "\n" );
	exit( 1 );
}
$activated = activate_plugin( 'article-annotations/article-annotations.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'The plugin did not activate: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

$users = array();
foreach ( array( 'administrator', 'editor', 'author', 'contributor' ) as $role ) {
	$login_password = 'administrator' === $role ? $admin_password : wp_generate_password( 24, false );
	$id             = 'administrator' === $role ? (int) $site['user_id'] : wp_insert_user(
		array(
			'user_login' => $role,
			'user_pass'  => $login_password,
			'user_email' => $role . '@example.com',
			'role'       => $role,
		)
	);
	list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'tests' ) );
	$users[ $role ] = array(
		'id'            => $id,
		'login'         => get_userdata( $id )->user_login,
		'password'      => $password,
		'loginPassword' => $login_password,
	);
}
echo wp_json_encode(
	array(
		'url'        => home_url(),
		'contentDir' => WP_CONTENT_DIR,
		'debugLog'   => WP_DEBUG_LOG,
		'users'      => $users,
	)
), "\n";
