eval src/test/resources/cases/eval/kind-changes.caplan --scenario granted --report hotel
