serve no/such/memo.md
