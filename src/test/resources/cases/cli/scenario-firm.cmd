eval src/test/resources/cases/eval/scenarios.caplan --scenario firm
