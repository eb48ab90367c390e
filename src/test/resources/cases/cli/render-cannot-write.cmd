render examples/memo/memo.md -o no/such/folder/memo.html
