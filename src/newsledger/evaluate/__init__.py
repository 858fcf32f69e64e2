"""Scoring against hand-made gold: claims, timeline, actors, stories."""
