"""Shared code of the open course on the Social and Solidarity Economy for home-based workers."""

__version__ = "0.1.0"
