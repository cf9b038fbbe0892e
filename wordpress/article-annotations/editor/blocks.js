/**
 * Editor UI of the three blocks: a form in the sidebar (and in the block while it is empty) and
 * a preview rendered by the server, with the same code as the published page. Plain JavaScript on
 * WordPress's globals: no build step.
 */
( function ( wp ) {
	const { registerBlockType } = wp.blocks;
	const el = wp.element.createElement;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, Placeholder, TextControl, TextareaControl, Notice } = wp.components;
	const ServerSideRender = wp.serverSideRender;
	const { __ } = wp.i18n;

	/**
	 * Article JSON as stored in the block: `<`, `>`, `&` and `\` written as \u escapes (the same
	 * JSON), so WordPress's HTML filter, which runs over block attributes for authors, leaves it as is.
	 */
	const storeJson = ( text ) =>
		text.replace( /[<>&]/g, ( c ) => '\\u00' + c.charCodeAt( 0 ).toString( 16 ) ).replace( /\\\\/g, '\\u005c' );
	const showJson = ( stored ) =>
		stored.replace( /\\u005c/gi, '\\\\' ).replace( /\\u00(3c|3e|26)/gi, ( _, hex ) => String.fromCharCode( parseInt( hex, 16 ) ) );

	function jsonProblem( stored ) {
		if ( ! stored.trim() ) return '';
		try {
			const data = JSON.parse( stored );
			return data && data.version === 1 && typeof data.body === 'string' ? '' : __( 'This JSON is not an article (version 1 with a body).', 'article-annotations' );
		} catch ( error ) {
			return __( 'Not valid JSON: ', 'article-annotations' ) + error.message;
		}
	}

	/** A text field bound to one attribute. */
	function field( props, [ name, label, options = {} ] ) {
		const Control = options.multiline ? TextareaControl : TextControl;
		return el( Control, {
			key: name,
			label,
			help: options.help,
			type: options.type,
			value: props.attributes[ name ] || '',
			onChange: ( value ) => props.setAttributes( { [ name ]: value } ),
		} );
	}

	/**
	 * An edit component: the fields in the sidebar, and in the block while it is selected or not
	 * filled in yet (`ready`); below them the server's rendering, as the page will show it.
	 */
	function edit( title, fields, ready, extra = () => null ) {
		return function Edit( props ) {
			const form = () => [ ...fields.map( ( f ) => field( props, f ) ), extra( props ) ];
			const filled = ready( props.attributes );
			return el(
				'div',
				useBlockProps(),
				el( InspectorControls, null, el( PanelBody, { title: __( 'Settings', 'article-annotations' ) }, form() ) ),
				( props.isSelected || ! filled ) &&
					el( Placeholder, { label: title, icon: 'format-quote' }, el( 'div', { style: { width: '100%' } }, form() ) ),
				filled && el( ServerSideRender, { block: props.name, attributes: props.attributes, httpMethod: 'POST' } )
			);
		};
	}

	/** The article's JSON: pasted, or read from a file on the editor's computer. */
	function articleJson( props ) {
		const stored = props.attributes.article || '';
		const problem = jsonProblem( stored );
		const open = ( event ) => {
			const file = event.target.files[ 0 ];
			if ( file ) file.text().then( ( text ) => props.setAttributes( { article: storeJson( text ) } ) );
		};
		return el(
			'div',
			{ key: 'article' },
			el( TextareaControl, {
				label: __( 'Article JSON', 'article-annotations' ),
				help: __( 'Paste the article data, or choose a file below. Used instead of the URL when given.', 'article-annotations' ),
				rows: 6,
				value: showJson( stored ),
				onChange: ( text ) => props.setAttributes( { article: storeJson( text ) } ),
			} ),
			el( 'input', { type: 'file', accept: '.json,application/json', onChange: open, 'aria-label': __( 'Open an article JSON file', 'article-annotations' ) } ),
			problem && el( Notice, { status: 'error', isDismissible: false }, problem )
		);
	}

	registerBlockType( 'article-annotations/article-view', {
		edit: edit(
			__( 'Annotated article', 'article-annotations' ),
			[
				[ 'src', __( 'Article JSON URL', 'article-annotations' ), { type: 'url' } ],
				[ 'speaker', __( 'Speaker selected at first (id)', 'article-annotations' ) ],
			],
			( a ) => ( a.article && ! jsonProblem( a.article ) ) || ( ! a.article && a.src ),
			articleJson
		),
		save: () => null,
	} );

	registerBlockType( 'article-annotations/quote-card', {
		edit: edit(
			__( 'Quote card', 'article-annotations' ),
			[
				[ 'text', __( 'Words', 'article-annotations' ), { multiline: true } ],
				[ 'speaker', __( 'Speaker', 'article-annotations' ) ],
				[ 'speakerRole', __( 'Role', 'article-annotations' ) ],
				[ 'source', __( 'Source', 'article-annotations' ) ],
				[ 'href', __( 'Source URL', 'article-annotations' ), { type: 'url' } ],
				[ 'date', __( 'Date (YYYY-MM-DD)', 'article-annotations' ) ],
			],
			( a ) => a.text.trim()
		),
		save: () => null,
	} );

	registerBlockType( 'article-annotations/speaker-badge', {
		edit: edit(
			__( 'Speaker badge', 'article-annotations' ),
			[
				[ 'name', __( 'Name', 'article-annotations' ) ],
				[ 'speakerRole', __( 'Role', 'article-annotations' ) ],
				[ 'image', __( 'Picture URL', 'article-annotations' ), { type: 'url' } ],
				[ 'count', __( 'Number of quotes', 'article-annotations' ), { type: 'number' } ],
			],
			( a ) => a.name.trim()
		),
		save: () => null,
	} );
}( window.wp ) );
