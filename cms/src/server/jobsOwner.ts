// Scheduled publishing must run in exactly one Payload instance per process. The front server
// claims it: its instance starts at boot, while Next's own copy of Payload (a separate module
// graph, so this flag stays false there) starts only on the first admin request.
let isOwner = false

export const claimScheduledJobs = (): void => {
  isOwner = true
}

export const ownsScheduledJobs = (): boolean => isOwner
