import { useQuery } from '@tanstack/react-query';
import { serviceApi } from '../api/client';
import { callApi } from '../api/problem';
import type { ServiceInfo } from '../generated/api';

export const serviceInfoKey = ['service-info'] as const;

/** Shown until the server has answered (and if it cannot): the names the pages fall back on. */
export const FALLBACK_SERVICE_INFO: ServiceInfo = { organisationName: 'Probation Service', serviceName: 'Bandwise' };

/** The organisation that runs the service and the service's name, as configured on the server. */
export function useServiceInfo(): ServiceInfo {
  const { data } = useQuery({
    queryKey: serviceInfoKey,
    queryFn: () => callApi(() => serviceApi.getServiceInfo()),
    staleTime: Infinity,
    retry: false,
  });
  return data ?? FALLBACK_SERVICE_INFO;
}
