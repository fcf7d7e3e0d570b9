"""Following 1:1s from the user's calendar (issue 14): fetch, read, import, poll."""
