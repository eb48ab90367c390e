fmt --check src/test/resources/cases/cli/unformatted.caplan src/test/resources/cases/cli/three-problems.caplan
