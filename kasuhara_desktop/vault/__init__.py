"""The encrypted store: the only package that imports sqlcipher3 and cryptography."""
