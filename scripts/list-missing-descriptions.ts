/** Prints each public type and field without a description (the check `npm run schema:check` runs), then the count. */
import { API_SCHEMA, currentSchemas, documentationProblems } from './schema-check.ts';

const problems = documentationProblems(currentSchemas()[API_SCHEMA]);
for (const problem of problems) console.log(problem.replace(/: no description$/, ''));
console.log(`${problems.length} missing`);
