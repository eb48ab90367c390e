explain src/test/resources/cases/eval/kind-changes.caplan 'capacity[kind = GOO]' --at 2024-03-01 --scenario granted
