serve examples/memo/memo.md --bind example.com
