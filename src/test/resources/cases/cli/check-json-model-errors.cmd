check src/test/resources/cases/errors/overlap.caplan --format json
