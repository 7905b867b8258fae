"""The report for a therapist: the dialog where a couple chooses what goes in, and the document
it prints or saves."""
