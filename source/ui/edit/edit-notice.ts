// Something the App has to tell the user on the review: a submit or DryRun error (with its code
// and RequestId in the lines), or that the server changed since it was loaded.
export type EditNotice = {kind: 'error' | 'info'; lines: string[]};
