render examples/memo/memo.md -o examples/memo/memo.md
