import { useMutation, useQueryClient } from '@tanstack/react-query';
import { jobDescriptionsApi } from '../../api/client';
import { callApi } from '../../api/problem';
import type { JdContent, JdStatus, JobDescriptionCreate } from '../../generated/api';
import { callNumberingListProblems } from './jdContentForm';
import { jdKeys } from './queries';

/** After any JD write: the JD, its versions and every list that shows them. */
function useJdRefresh() {
  const queryClient = useQueryClient();
  return async (jdId?: string, versionId?: string) => {
    const keys: Array<readonly unknown[]> = [jdKeys.all, jdKeys.filters];
    if (jdId) keys.push(jdKeys.jd(jdId));
    if (versionId) keys.push(jdKeys.version(versionId), jdKeys.changes(versionId));
    await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  };
}

export function useCreateJobDescription() {
  const refresh = useJdRefresh();
  return useMutation({
    mutationFn: (create: JobDescriptionCreate) =>
      callNumberingListProblems(() => jobDescriptionsApi.createJobDescription({ jobDescriptionCreate: create })),
    onSuccess: (jd) => refresh(jd.id),
  });
}

export function useStartJdVersion(jdId: string) {
  const refresh = useJdRefresh();
  return useMutation({
    mutationFn: () => callApi(() => jobDescriptionsApi.createJdVersion({ jdId })),
    onSuccess: (draft) => refresh(jdId, draft.id),
  });
}

export function useMarkBenchmark(jdId: string) {
  const refresh = useJdRefresh();
  return useMutation({
    mutationFn: ({ etag, benchmark }: { etag: string; benchmark: boolean }) =>
      callApi(() => jobDescriptionsApi.updateJobDescription({ jdId, ifMatch: etag, jobDescriptionUpdate: { benchmark } })),
    onSuccess: () => refresh(jdId),
  });
}

export function useRewriteJdVersion(versionId: string, jdId: string) {
  const refresh = useJdRefresh();
  return useMutation({
    mutationFn: ({ etag, content }: { etag: string; content: JdContent }) =>
      callNumberingListProblems(() => jobDescriptionsApi.updateJdVersion({ versionId, ifMatch: etag, jdContent: content })),
    onSuccess: () => refresh(jdId, versionId),
  });
}

export function useChangeJdVersionStatus(versionId: string, jdId: string) {
  const refresh = useJdRefresh();
  return useMutation({
    mutationFn: ({ etag, status }: { etag: string; status: JdStatus }) =>
      callApi(() => jobDescriptionsApi.changeJdVersionStatus({ versionId, ifMatch: etag, jdStatusChange: { status } })),
    onSuccess: () => refresh(jdId, versionId),
  });
}
