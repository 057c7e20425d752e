"""Tools for rule authors: hypothesis strategies, reusable properties and a pytest plugin."""
