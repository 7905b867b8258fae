"""The boundary-agreement editor: page, signing, history, comparison and starter templates."""
