// The demo accounts the README lists; they exist only in a database created in demo mode.
export const DEMO_PASSWORD = "demo1234";

export const DEMO_ACCOUNTS = [
  { email: "admin@hoinghi.local", role: "ADMIN" },
  { email: "vanphong@hoinghi.local", role: "SECRETARIAT" },
  { email: "chutri@hoinghi.local", role: "CHAIR" },
  { email: "nghihai@hoinghi.local", role: "UNIT_REP" },
] as const;

/** The AppSetting key that marks a database as created for the demo. */
export const DEMO_SETTING = "demo";
