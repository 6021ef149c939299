"""The users page (owner only), the passphrase forms and the File menu's user actions."""
