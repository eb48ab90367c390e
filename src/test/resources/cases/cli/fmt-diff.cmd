fmt --diff src/test/resources/cases/cli/unformatted.caplan
