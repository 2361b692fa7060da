// The five subjects of an API's HTTP rows (sandbox-http.bench.ts for ECF, npq-http.bench.ts for NPQ), in the order
// they are run and printed: the bare Hono route (the baseline), the sandbox's page served stored by bare Hono, the
// page as the sandbox computes it, a declaration's body echoed by bare Hono, and the sandbox's submissions.
import type { LoadSubject } from "./load-rounds.ts";
import type { Server } from "./served-apps.ts";

export interface ApiSubjectsOptions {
  bare: Server;
  /** The sandbox the page is read from. */
  reader: Server;
  /** The sandbox submissions go to, so their fixtures do not grow the world the page is read from. */
  writer: Server;
  connections: number;
  /** The bearer token header of the lead provider both requests are made as. */
  authorised: Record<string, string>;
  listPath: string;
  pageSize: number;
  declarationsPath: string;
  /** One submission's body, for the echo. */
  echoBody: string;
  /** The body of each submission in turn. */
  nextBody: () => string;
}

export interface ApiSubjects {
  /** In run and print order: baseline, stored page, list, echo, submit. */
  all: LoadSubject[];
  /** The sandbox's page, and its submissions: the rows other baselines (Prism) are compared with. */
  list: LoadSubject;
  submit: LoadSubject;
}

export function apiSubjects(options: ApiSubjectsOptions): ApiSubjects {
  const { bare, connections } = options;
  // A submission's headers on the echo too, so the two are alike.
  const posted = { ...options.authorised, "content-type": "application/json" };
  const submit: LoadSubject = {
    name: `POST ${options.declarationsPath}`,
    load: (extent) => ({
      origin: options.writer.origin,
      method: "POST",
      path: options.declarationsPath,
      headers: posted,
      nextBody: options.nextBody,
      connections,
      ...extent,
    }),
  };
  const list: LoadSubject = {
    name: `GET ${options.listPath.split("?")[0]} (page of ${options.pageSize})`,
    load: (extent) => ({
      origin: options.reader.origin,
      path: options.listPath,
      headers: options.authorised,
      connections,
      ...extent,
    }),
  };
  const all: LoadSubject[] = [
    {
      name: "baseline: bare Hono JSON route",
      load: (extent) => ({ origin: bare.origin, path: "/", connections, ...extent }),
    },
    {
      name: "reference: bare route answering the same page, stored",
      load: (extent) => ({ origin: bare.origin, path: "/stored", connections, ...extent }),
    },
    list,
    {
      name: "reference: bare route echoing a declaration's body",
      load: (extent) => ({
        origin: bare.origin,
        method: "POST",
        path: "/echo",
        headers: posted,
        body: options.echoBody,
        connections,
        ...extent,
      }),
    },
    submit,
  ];
  return { all, list, submit };
}

/** The page against the same page stored, and submission against the echo of its body, from the rates in order. */
export function printAgainstReferences([, stored, list, echo, submit]: readonly number[]): void {
  if (stored && list && echo && submit) {
    console.log(
      `  against the references: the page ${against(list / stored, 0.5)} x the same page stored; ` +
        `submission ${against(submit / echo, 0.3)} x the echo of its body`,
    );
  }
}

/** A ratio with issue 16's aim for it and whether this run met it. */
function against(ratio: number, aim: number): string {
  return `${ratio.toFixed(2)} (aim >= ${aim.toFixed(2)}: ${ratio >= aim ? "met" : "NOT met"})`;
}
