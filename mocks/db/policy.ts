export { policyRules } from '../../src/lib/policy-rules';
