render src/test/resources/cases/memo/no-front-matter.md
