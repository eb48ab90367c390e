serve examples/memo/memo.md --port 70000
