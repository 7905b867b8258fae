"""Vault folder, key slots, SQLCipher spaces, schema, repositories and backups. No Qt."""
