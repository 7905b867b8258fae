"""Python generated from ui/*.ui by pyside6-uic. Do not edit by hand: run `make forms`."""
