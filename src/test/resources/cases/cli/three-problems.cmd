check src/test/resources/cases/cli/three-problems.caplan
