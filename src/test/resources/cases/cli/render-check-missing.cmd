render --check src/test/resources/cases/memo/blocks.md
