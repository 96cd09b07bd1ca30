"""The Zalo Official Account channel: verified webhooks in, an outbox of replies out."""
