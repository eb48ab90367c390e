render --watch examples/memo/memo.md
