"""Custom Rasa 3 components, loaded by the Rasa server (its own environment), not by the app."""
