import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

/**
 * Tell the server someone opened the old citizen form: after the removal it answers 410 Gone and
 * audits the attempt. The answer itself changes nothing on the page (the rules already decided).
 */
export async function openCitizenForm(): Promise<'available' | 'gone'> {
  try {
    await api.GET('/accounts/citizens/form');
    return 'available';
  } catch {
    return 'gone';
  }
}

export function useOpenCitizenForm(enabled: boolean) {
  return useQuery({
    queryKey: ['accounts', 'citizen-form'],
    queryFn: openCitizenForm,
    enabled,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
